import type { Config } from '#server/config';
import { connect } from '#server/db/connect';
import type { Db } from '#server/db/database';
import { migrateToLatest } from '#server/db/migrate';
import { ApiError } from '#server/http/errors';
import { addUserFromConsole, setPasswordFromConsole } from '#server/features/users/operator';

export const userUsage = `usage: sim-tpbis user add USERNAME --role ROLE [--region CODE | --partner ID] [--name NAME] [--email E]
       sim-tpbis user password USERNAME
The password comes from SIM_USER_PASSWORD, or is asked for on the terminal.`;

export interface UserArgs {
  action?: string | undefined;
  username?: string | undefined;
  role?: string | undefined;
  region?: string | undefined;
  partner?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
}

/** Where the command reads the password and writes its answer: the process's own, or a test's. */
export interface UserCommandIo {
  env: Record<string, string | undefined>;
  /** Asks on a terminal without echo; null when there is no terminal to ask on (a pipe, a cron job). */
  askPassword: ((prompt: string) => Promise<string>) | null;
  log(line: string): void;
  error(line: string): void;
}

const noPassword =
  'no password given: set SIM_USER_PASSWORD, or run the command on a terminal to type it (a password is never taken as an argument, where the shell history and the process list would keep it)';

/** The new password: SIM_USER_PASSWORD, else typed twice on the terminal; null (and said why) when neither. */
async function passwordFrom(io: UserCommandIo): Promise<string | null> {
  const fromEnv = io.env.SIM_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!io.askPassword) {
    io.error(noPassword);
    return null;
  }
  const first = await io.askPassword('password: ');
  const again = await io.askPassword('password again: ');
  if (first !== again) {
    io.error('the two passwords differ: nothing changed');
    return null;
  }
  return first;
}

/** The refusal as a person at the console reads it: what is wrong with which field. */
function describeRefusal(err: ApiError): string {
  const fields = (err.details ?? []).map((d) => `  ${d.field}: ${d.message}`);
  return fields.length > 0 ? `refused:\n${fields.join('\n')}` : `refused: ${err.message}`;
}

/** `user add` and `user password` on an open database; returns the exit code. */
export async function runUserCommand(db: Db, args: UserArgs, io: UserCommandIo, now: Date): Promise<number> {
  if ((args.action !== 'add' && args.action !== 'password') || !args.username || (args.action === 'add' && !args.role)) {
    io.error(userUsage);
    return 2;
  }
  if (args.region !== undefined && args.partner !== undefined) {
    io.error('give either --region or --partner, not both');
    return 2;
  }
  const password = await passwordFrom(io);
  if (password === null) return 1;
  try {
    if (args.action === 'add') {
      const user = await addUserFromConsole(
        db,
        {
          username: args.username,
          password,
          role: args.role,
          ...(args.region !== undefined ? { regionCode: args.region } : {}),
          // A number when it reads as one, so the schema's own message names a wrong id.
          ...(args.partner !== undefined ? { partnerId: /^\d+$/.test(args.partner) ? Number(args.partner) : args.partner } : {}),
          ...(args.name !== undefined ? { displayName: args.name } : {}),
          ...(args.email !== undefined ? { email: args.email } : {}),
        },
        now,
      );
      const scope = user.regionCode ? ` in ${user.regionCode}` : user.partnerId ? ` of partner ${user.partnerId}` : '';
      io.log(`created user ${user.username} (${user.role}${scope}), id ${user.id}: it can log in now`);
    } else {
      const user = await setPasswordFromConsole(db, args.username, password);
      io.log(`password of ${user.username} changed; every session it had has ended`);
      if (!user.active) io.log(`note: ${user.username} is deactivated; an admin reactivates it on its user page`);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    io.error(describeRefusal(err));
    return 1;
  }
}

/** `sim-tpbis user …` on the configured database (the SQLite file in DATA_DIR, or DATABASE_URL). */
export async function userCommand(config: Config, args: UserArgs, io: UserCommandIo): Promise<number> {
  const connection = connect(config);
  try {
    await migrateToLatest(connection.db);
    return await runUserCommand(connection.db, args, io, new Date());
  } finally {
    await connection.close();
  }
}
