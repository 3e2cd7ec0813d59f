import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { todayIn } from '#domain/calendar';
import type { ExportFormat } from '#domain/exports';
import { mediaTypes } from '#server/http/types';
import { writeCsv } from './csv';
import type { RowBatches, SheetDefinition } from './sheet';
import { writeXlsx } from './xlsx';

const contentTypes: Record<ExportFormat, string> = {
  xlsx: mediaTypes.xlsx,
  csv: `${mediaTypes.csv}; charset=utf-8`,
};

/** What an export route answers, for its OpenAPI `produces`. */
export const exportProduces = [mediaTypes.csv, mediaTypes.xlsx];

export interface ExportFile<Row> {
  format: ExportFormat;
  /** The file's name before the date, in the users' words: `mitra` gives `mitra-2026-12-02.xlsx`. */
  stem: string;
  sheet: SheetDefinition<Row>;
  rows: RowBatches<Row>;
  now: Date;
}

/** `mitra-2026-12-02.xlsx`: the day in Jakarta, so a file saved early in the morning carries today's date. */
export const exportFileName = (stem: string, format: ExportFormat, now: Date) => `${stem}-${todayIn('WIB', now)}.${format}`;

/**
 * Sends an export as a download while it is being written. Everything that can refuse the
 * request (the query, the scope) must have been checked before this is called: once the first
 * byte is out, a failure can only cut the file short (and is logged), not become a 4xx.
 */
export function sendExport<Row>(reply: FastifyReply, file: ExportFile<Row>): FastifyReply {
  const out = new PassThrough();
  const write = file.format === 'xlsx' ? writeXlsx : writeCsv;
  write(file.sheet, file.rows, out).then(
    () => {
      if (!out.writableEnded) out.end();
    },
    (error: unknown) => {
      reply.log.error({ err: error }, 'export failed part way');
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return reply
    .header('content-type', contentTypes[file.format])
    .header('content-disposition', `attachment; filename="${exportFileName(file.stem, file.format, file.now)}"`)
    .header('cache-control', 'no-store')
    .send(out);
}
