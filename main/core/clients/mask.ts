/**
 * Personal identifiers leave the core masked; showing one in full is a deliberate act (audited,
 * in the client-360 issue). Keeps the first three and last four digits of a mobile number and
 * the region code and last four characters of an ID number.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

export function maskIdNumber(idNumber: string | null): string | null {
  if (!idNumber) return idNumber;
  return idNumber.length <= 8 ? '*'.repeat(idNumber.length) : `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}
