import { randomBytes } from 'node:crypto';

/** One file as a browser's form would send it: multipart/form-data in the named field. */
export function multipartFile(data: Buffer, p: { field: string; filename?: string; type?: string }) {
  const boundary = `----sim${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${p.field}"; filename="${p.filename ?? 'foto.jpg'}"\r\nContent-Type: ${p.type ?? 'image/jpeg'}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
