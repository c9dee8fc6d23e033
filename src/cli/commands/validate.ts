import type { Command } from '../io.ts';
import { EXIT_USAGE } from '../io.ts';

// Placeholder until the 'validate' command lands; it says so instead of pretending to work.
export const validateCommand: Command = async (_args, io) => {
  io.err('backchannel validate: not available yet');
  return EXIT_USAGE;
};
