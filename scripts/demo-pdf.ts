// A small, valid PDF written by hand (ISO 32000-1, 7.5): one page of text in
// Helvetica, a classic cross-reference table and a trailer. The demo uses it
// so that `npm run demo` needs no PDF library at run time.

const TRANSLITERATE: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  '€': 'EUR',
};

/** Text as WinAnsi bytes (Latin-1 for the characters a Dutch text needs), escaped for a PDF string. */
function pdfString(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    let c = TRANSLITERATE[ch] ?? ch;
    if (c.length === 1 && c.charCodeAt(0) > 0xff) c = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if ([...c].some((x) => x.charCodeAt(0) > 0xff)) c = '?';
    out += c;
  }
  return `(${out.replace(/[\\()]/g, (m) => `\\${m}`)})`;
}

export function simplePdf(title: string, lines: string[]): Buffer {
  const content = [
    'BT',
    '/F1 16 Tf',
    '56 780 Td',
    `${pdfString(title)} Tj`,
    '/F1 11 Tf',
    '15 TL',
    'T* T*',
    ...lines.flatMap((line) => [`${pdfString(line)} Tj`, 'T*']),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (procedure-tracker demo) >>`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    offsets.push(offset);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f\r',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r`),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}
