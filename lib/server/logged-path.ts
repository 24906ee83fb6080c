// The path of a request as the access log keeps it: the one-time tokens of invitation links
// (an officer's activation, a company's invitation) are secrets and never reach the log.
const SECRET_SEGMENTS = [/^(\/can-bo\/kich-hoat\/)[^/]+/, /^(\/doanh-nghiep\/loi-moi\/)[^/]+/];

export function loggedPath(url: string): string {
  const path = url.split("?")[0] ?? "/";
  return SECRET_SEGMENTS.reduce((current, pattern) => current.replace(pattern, "$1[token]"), path);
}
