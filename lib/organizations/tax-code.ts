// Vietnamese tax codes (mã số thuế): 10 digits, the 10th a check digit over the first nine with
// the weights 31, 29, 23, 19, 17, 13, 7, 5, 3 (10 − sum mod 11; a remainder of 1 gives no valid
// code); 13 digits for a dependent unit: the parent's valid 10 digits and a 3-digit number
// 001–999, often written with a hyphen (0100109106-001).
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

export function taxCheckDigit(firstNine: string): number | null {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(firstNine[index]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

/** The code as stored (digits only, 10 or 13) when valid; null otherwise. */
export function normaliseTaxCode(input: string): string | null {
  const digits = input.replace(/[\s.]/g, "").replace(/^(\d{10})-(\d{3})$/, "$1$2");
  if (!/^\d{10}(\d{3})?$/.test(digits)) return null;
  if (taxCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return null;
  if (digits.length === 13 && digits.slice(10) === "000") return null;
  return digits;
}

/** 0100109106 or 0100109106-001, as printed. */
export const formatTaxCode = (code: string): string => (code.length === 13 ? `${code.slice(0, 10)}-${code.slice(10)}` : code);
