// Made-up people for the demo history: applicants (with and without an account), businesses and
// the officers of every agency's units. Names are common Vietnamese names; national ID numbers
// follow the 12-digit format (province 001 = Hà Nội, century-and-sex digit, year of birth) with a
// serial from 100000 up, which no demo account uses; phones use the 09x mobile prefix. None of it
// belongs to a real person.
import { taxCheckDigit } from "../../lib/organizations/tax-code.ts";
import type { Random } from "./random.ts";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const FAMILY_WEIGHTS = [38, 11, 9.5, 7, 5, 2, 4.5, 3.9, 1, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5];
const MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Tuấn", "Mạnh", "Xuân"];
const MIDDLE_FEMALE = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Thùy", "Hồng", "Kim", "Mai"];
const GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt"];
const GIVEN_FEMALE = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Vân", "Yến"];
const STREETS = ["Bạch Mai", "Minh Khai", "Hàng Bạc", "Hàng Đào", "Lò Đúc", "Kim Mã", "Đội Cấn", "Nguyễn Thái Học", "Trần Khát Chân", "Giải Phóng", "Lạc Trung", "Vĩnh Tuy", "Hoàng Hoa Thám", "Phan Đình Phùng", "Cao Lỗ", "Uy Nỗ"];
const WARDS = ["Bạch Mai", "Hoàn Kiếm", "Cửa Nam", "Ba Đình", "Ngọc Hà", "Hai Bà Trưng", "Vĩnh Tuy", "xã Đông Anh"];
const COMPANY_WORDS = ["Thương mại", "Dịch vụ", "Xây dựng", "Công nghệ", "Vận tải", "Thực phẩm", "Du lịch", "Giáo dục", "Tư vấn", "Sản xuất"];
const COMPANY_NAMES = ["Hồng Hà", "Thăng Long", "Minh Phát", "An Khang", "Đại Việt", "Sông Hồng", "Tràng An", "Hưng Thịnh", "Phú Gia", "Kinh Bắc", "Long Biên", "Bảo Minh"];
const COMPANY_KINDS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV"];

export type Person = { fullName: string; nationalId: string; dateOfBirth: string; phone: string; address: string; isMale: boolean };

const familyCumulative = (() => {
  let sum = 0;
  return FAMILY_WEIGHTS.map((weight) => (sum += weight));
})();

export function personName(random: Random, isMale: boolean): string {
  const family = FAMILY[random.weighted(familyCumulative)]!;
  return `${family} ${random.pick(isMale ? MIDDLE_MALE : MIDDLE_FEMALE)} ${random.pick(isMale ? GIVEN_MALE : GIVEN_FEMALE)}`;
}

/** A made-up adult; `serial` (≥ 0) makes the national ID number unique. */
export function makePerson(random: Random, serial: number): Person {
  const isMale = random.chance(0.5);
  const year = random.int(1950, 2006);
  const centuryAndSex = (year >= 2000 ? 2 : 0) + (isMale ? 0 : 1);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return {
    fullName: personName(random, isMale),
    isMale,
    nationalId: `001${centuryAndSex}${String(year % 100).padStart(2, "0")}${String(100000 + serial).padStart(6, "0")}`,
    dateOfBirth: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    phone: `09${random.int(10000000, 99999999)}`,
    address: `Số ${random.int(1, 199)} phố ${random.pick(STREETS)}, ${WARDS.includes("xã Đông Anh") && random.chance(0.1) ? "xã Đông Anh" : `phường ${random.pick(WARDS.slice(0, 7))}`}, Thành phố Hà Nội`,
  };
}

export function companyName(random: Random): string {
  return `${random.pick(COMPANY_KINDS)} ${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_NAMES)} ${random.int(1, 99)}`;
}

/**
 * 10-digit tax code of a Hà Nội enterprise (01…), unique by `serial`, with its official check digit
 * (lib/organizations/tax-code.ts): nine digits from 2·serial, or 2·serial + 1 when those nine have
 * no valid check digit (never both: one step changes the weighted sum by 3).
 */
export function taxCode(serial: number): string {
  for (const candidate of [2 * serial, 2 * serial + 1]) {
    const nine = `019${String(candidate).padStart(6, "0")}`;
    const check = taxCheckDigit(nine);
    if (check !== null) return `${nine}${check}`;
  }
  throw new Error("unreachable: two consecutive numbers cannot both lack a check digit");
}
