import type { Command } from 'commander';
import { docJsonSchema } from '../doc/schema.js';
import type { Io } from './io.js';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema of the serialized document (the contract for outside tools)')
    .action(() => {
      io.out(JSON.stringify(docJsonSchema(), null, 2) + '\n');
    });
}
