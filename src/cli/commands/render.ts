import type { Command } from '../io.ts';
import { EXIT_USAGE } from '../io.ts';

// Placeholder until the 'render' command lands; it says so instead of pretending to work.
export const renderCommand: Command = async (_args, io) => {
  io.err('backchannel render: not available yet');
  return EXIT_USAGE;
};
