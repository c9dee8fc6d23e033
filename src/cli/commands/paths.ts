import type { Command } from '../io.ts';
import { EXIT_USAGE } from '../io.ts';

// Placeholder until the 'paths' command lands; it says so instead of pretending to work.
export const pathsCommand: Command = async (_args, io) => {
  io.err('backchannel paths: not available yet');
  return EXIT_USAGE;
};
