import type { Command } from '../io.ts';
import { EXIT_USAGE } from '../io.ts';

// Placeholder until the 'convert' command lands; it says so instead of pretending to work.
export const convertCommand: Command = async (_args, io) => {
  io.err('backchannel convert: not available yet');
  return EXIT_USAGE;
};
