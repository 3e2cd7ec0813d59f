import type { FastifySerializerCompiler } from 'fastify';

/**
 * An answer already serialized where it was built (a reader thread), against the same schema the
 * route declares: the app's serializer sends it as it is instead of checking and stringifying it
 * again on the event loop.
 */
export class Serialized<T> {
  declare readonly of: T;
  constructor(readonly json: string) {}
}

/** A route's serializer that passes a `Serialized` answer through and hands anything else on. */
export function passingSerialized<S>(compiler: FastifySerializerCompiler<S>): FastifySerializerCompiler<S> {
  return (route) => {
    const serialize = compiler(route);
    return (data) => (data instanceof Serialized ? data.json : serialize(data));
  };
}

/** A serialized answer handed to a route's typed reply: its schema is the one the answer was checked against. */
export const sentAs = <T>(answer: Serialized<T>): T => answer as unknown as T;
