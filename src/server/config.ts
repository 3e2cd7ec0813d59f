import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Environment, validated once at boot: a bad value stops the start and names the variable. */
const Env = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    UPLOAD_DIR: z.string().min(1).optional(),
    SIM_ADMIN_USERNAME: z.string().min(3).max(40).optional(),
    SIM_ADMIN_PASSWORD: z.string().min(8).max(200).optional(),
    SIM_DEMO: flag.default(true),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(24 * 7),
    /** Secure cookies need HTTPS; set behind a TLS-terminating proxy. */
    COOKIE_SECURE: flag.default(false),
    TRUST_PROXY: flag.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((e) => (e.SIM_ADMIN_USERNAME === undefined) === (e.SIM_ADMIN_PASSWORD === undefined), {
    message: 'SIM_ADMIN_USERNAME and SIM_ADMIN_PASSWORD must be set together',
    path: ['SIM_ADMIN_PASSWORD'],
  });

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  uploadDir: string;
  admin: { username: string; password: string } | null;
  demo: boolean;
  sessionTtlMs: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    uploadDir: e.UPLOAD_DIR ?? `${e.DATA_DIR}/uploads`,
    admin: e.SIM_ADMIN_USERNAME && e.SIM_ADMIN_PASSWORD ? { username: e.SIM_ADMIN_USERNAME, password: e.SIM_ADMIN_PASSWORD } : null,
    demo: e.SIM_DEMO,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
  };
}
