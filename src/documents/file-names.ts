/**
 * A client's file name is kept only as metadata to show and to offer on
 * download; it never names anything on disk (the store makes its own keys).
 * Still, it is cleaned so that it cannot smuggle a path, control or
 * direction-override characters, or an unbounded length into a header or UI.
 */
export const MAX_FILE_NAME_LENGTH = 200;

export function sanitizeFileName(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let name = raw.normalize('NFC');
  // Only the last path segment: "../../etc/passwd" and "C:\\x\\cv.pdf" keep their base name.
  name = name.split(/[/\\]/).pop() ?? '';
  // Control, format (bidi overrides such as U+202E), private-use and unassigned characters.
  name = name.replace(/\p{C}/gu, '');
  name = name.replace(/[<>:"|?*]/g, '_');
  name = name.replace(/\s+/g, ' ').trim();
  // No hidden or relative names such as "." or "..".
  name = name.replace(/^\.+/, '').trim();
  if (name.length > MAX_FILE_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = [...name.slice(0, name.length - ext.length)].slice(0, MAX_FILE_NAME_LENGTH - ext.length).join('') + ext;
  }
  return name.length > 0 ? name : null;
}

/**
 * Browsers and form-data libraries escape `"`, CR and LF in a multipart file
 * name as %22, %0D and %0A (HTML, "multipart/form-data encoding algorithm");
 * busboy hands them over as they are, so they are turned back before cleaning.
 */
export function decodeFormFileName(raw: string | null | undefined): string | null | undefined {
  return raw?.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback and the exact name
 * in `filename*` (RFC 6266 section 4.3, RFC 8187).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The name offered on download: the cleaned original, with a .pdf extension. */
export function downloadName(fileName: string | null, fallback: string): string {
  const base = fileName ?? fallback;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}
