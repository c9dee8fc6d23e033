/** What a CLI command is given: its arguments and where to write. Commands never call process.exit. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes: 0 success, 1 invalid input found, 2 usage error or unreadable file. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
