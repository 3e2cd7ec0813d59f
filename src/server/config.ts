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
    /** Notification mail goes out through this server when set (smtp:// or smtps://, credentials in the URL). */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    /** The sender of notification mail, e.g. `SIM TPBIS <sim@example.org>`. */
    MAIL_FROM: z.string().min(3).max(200).optional(),
    /** How often the mail worker looks for mail to send. */
    MAIL_POLL_MS: z.coerce.number().int().min(20).max(600_000).default(5000),
    /** The address people open the app at, for the links in mail; defaults to http://HOST:PORT. */
    PUBLIC_URL: z.url().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((e) => e.SMTP_URL === undefined || e.MAIL_FROM !== undefined, {
    message: 'MAIL_FROM must name the sender when SMTP_URL is set',
    path: ['MAIL_FROM'],
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
  /** Notification mail: off (in-app only) unless SMTP_URL and MAIL_FROM are set. */
  mail: { smtpUrl: string; from: string; pollMs: number; publicUrl: string } | null;
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
    mail:
      e.SMTP_URL && e.MAIL_FROM
        ? {
            smtpUrl: e.SMTP_URL,
            from: e.MAIL_FROM,
            pollMs: e.MAIL_POLL_MS,
            publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
          }
        : null,
  };
}
