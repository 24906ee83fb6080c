// The local provider's login page: plain HTML, no script, in the portal's look. It says plainly
// that it is a stand-in for VNeID.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type DemoResident = { fullName: string; nationalId: string };

const mask = (nationalId: string): string => `${nationalId.slice(0, 3)}******${nationalId.slice(-3)}`;

export function renderLoginPage(args: { uid: string | null; residents: DemoResident[]; error?: string }): string {
  const action = args.uid ? `/idp/interaction/${encodeURIComponent(args.uid)}` : "";
  const error = args.error ? `<p class="error" role="alert" id="loi">${escapeHtml(args.error)}</p>` : "";
  const choices = args.residents
    .map(
      (resident, index) => `<li><form method="post" action="${action}/login">
        <input type="hidden" name="nationalId" value="${escapeHtml(resident.nationalId)}">
        <button type="submit" class="account"${index === 0 ? " autofocus" : ""}><strong>${escapeHtml(resident.fullName)}</strong>
        <span>Số định danh ${mask(resident.nationalId)}</span></button></form></li>`,
    )
    .join("");
  const body = args.uid
    ? `${error}
    <h2>Chọn tài khoản thử nghiệm</h2>
    <ul class="accounts">${choices}</ul>
    <h2>Hoặc nhập số định danh cá nhân</h2>
    <form method="post" action="${action}/login">
      <label for="nationalId">Số định danh cá nhân (12 chữ số)</label>
      <input id="nationalId" name="nationalId" inputmode="numeric" autocomplete="off" pattern="\\d{12}" required${args.error ? ' aria-describedby="loi" aria-invalid="true"' : ""}>
      <button type="submit">Đăng nhập</button>
    </form>
    <form method="post" action="${action}/abort"><button type="submit" class="secondary">Hủy, quay lại cổng dịch vụ công</button></form>`
    : `${error}<p><a href="/dang-nhap">Quay lại trang đăng nhập</a></p>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>VNeID (mô phỏng) – Đăng nhập</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f5f5f4;color:#1c1917}
header{background:#b91c1c;color:#fff;padding:1rem}
main{max-width:32rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:0}
h2{font-size:1.1rem;margin-top:1.5rem}
.note{background:#fef3c7;border-left:4px solid #92400e;padding:.75rem}
.accounts{list-style:none;padding:0;display:grid;gap:.5rem}
button{font:inherit;padding:.75rem 1rem;border-radius:.375rem;border:2px solid #b91c1c;background:#b91c1c;color:#fff;cursor:pointer;min-height:44px}
button.account{width:100%;text-align:left;background:#fff;color:#1c1917;display:flex;flex-direction:column;gap:.25rem}
button.secondary{background:#fff;color:#b91c1c;margin-top:1rem}
button:focus-visible,input:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
label{display:block;font-weight:600;margin-bottom:.25rem}
input{font:inherit;padding:.6rem;border:2px solid #57534e;border-radius:.375rem;width:100%;box-sizing:border-box;margin-bottom:.75rem}
.error{color:#991b1b;font-weight:600}
</style></head>
<body><header><h1>VNeID – Định danh điện tử (mô phỏng)</h1></header>
<main>
<p class="note">Đây là máy chủ định danh <strong>thử nghiệm</strong> của Một Cửa, thay cho VNeID khi chạy trên máy phát triển. Không cần mật khẩu. <span lang="en">A local stand-in for VNeID; no password needed.</span></p>
${body}
</main></body></html>`;
}
