import { z } from 'zod';
import { todayIn } from '#domain/calendar';
import { PackQuery, packPeriod } from '#domain/gathering-pack';
import { RowIdParam } from '#domain/ids';
import { invalidField } from '#server/http/errors';
import { mediaTypes, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { agendaLinksOf } from './agenda-links';
import { buildGatheringPack } from './pack';
import { packPdf } from './pack-pdf';
import { gatheringForActor } from './queries';

const Params = z.strictObject({ id: RowIdParam });

/** The gathering pack: whoever may read the gathering may download it; anyone else finds no gathering. */
export const gatheringPackRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/gatherings/:id/pack.pdf',
    {
      config: { access: 'kpi.read' },
      schema: {
        summary: 'Download the gathering pack (bahan gathering) as PDF',
        tags: ['gatherings'],
        produces: [mediaTypes.pdf],
        params: Params,
        querystring: PackQuery,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = app.clock();
      const gathering = await gatheringForActor(app.db, actor, request.params.id, now);
      const period = packPeriod(gathering.date, request.query);
      if (!period.ok) throw invalidField(period.field, 'invalid_period', period.message);
      const pack = await buildGatheringPack(app.db, {
        actor,
        gathering,
        period: period.range,
        links: agendaLinksOf(gathering),
        uploadDir: app.config.uploadDir,
        now,
      });
      const pdf = await packPdf(pack, todayIn('WIB', now));
      const file = `bahan-gathering-${gathering.regionCode}-${gathering.date}.pdf`;
      return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${file}"`).send(pdf);
    },
  );
};
