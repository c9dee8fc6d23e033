import type { Command } from '../io.ts';
import { EXIT_USAGE } from '../io.ts';

// Placeholder until the 'analyze' command lands; it says so instead of pretending to work.
export const analyzeCommand: Command = async (_args, io) => {
  io.err('backchannel analyze: not available yet');
  return EXIT_USAGE;
};
