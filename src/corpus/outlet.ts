/** The outlet that published an article, from its source line or a dateline lead ("Theo phóng viên TTXVN tại Tokyo"). */

/** "Nguồn: mod.gov.vn" → "mod.gov.vn"; "Theo VOV.VN" → "VOV.VN"; "Nguồn: HỮU THẮNG (QĐND)" → "QĐND"; "(VNA)" → "VNA". */
export function outletFromSourceLine(line: string): string | null {
  const text = line.trim().replace(/^[—–-]\s*/, '');
  const inParens = /\(([^()]{2,30})\)\s*$/.exec(text);
  if (inParens) return inParens[1]!.trim();
  const m = /^(?:nguồn|theo|source|by|according to)\s*[:：]?\s*(.+)$/iu.exec(text);
  const outlet = (m ? m[1]! : text).trim().replace(/[.。]$/, '');
  return outlet || null;
}

/** A lead that opens "Theo phóng viên TTXVN tại Tokyo, …" or "Theo PV VOV tại …": the agency named there. */
export function outletFromLead(paragraph: string): string | null {
  const m =
    /^Theo\s+(?:phóng viên|PV|đặc phái viên|thông tấn xã)\s+([\p{Lu}][\p{L}\p{N}.]*(?:\s+[\p{Lu}][\p{L}\p{N}.]*)*)\s+(?:tại|ở)\s/u.exec(
      paragraph,
    );
  return m ? m[1]! : null;
}
