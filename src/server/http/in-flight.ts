import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Requests the server has begun and not yet answered: how busy its event loop is. */
export class InFlight {
  readonly #open = new WeakSet<FastifyRequest>();
  #count = 0;

  get count(): number {
    return this.#count;
  }

  /** Counted from the request's arrival to its answer, or to its client's leaving without one. */
  register(app: FastifyInstance): void {
    const end = (request: FastifyRequest) => {
      if (this.#open.delete(request)) this.#count -= 1;
    };
    app.addHook('onRequest', (request, _reply, done) => {
      this.#open.add(request);
      this.#count += 1;
      done();
    });
    app.addHook('onResponse', (request, _reply, done) => {
      end(request);
      done();
    });
    app.addHook('onRequestAbort', (request, done) => {
      end(request);
      done();
    });
  }
}
