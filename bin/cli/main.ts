import { parseArgs } from 'node:util';
import { alignCommand } from './align';
import { checkCommand } from './check';
import { UsageError, type Command, type Io, type ParsedArgs } from './command';
import { qaCommand } from './qa';

const commands: Record<string, Command> = { check: checkCommand, align: alignCommand, qa: qaCommand };

const HELP = `Usage: duizhao <command> [options]

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(7)}${c.summary}`).join('\n')}

Every command takes --content <dir> (default: content/) and --help.
Exit status: 0 fine, 1 problems found, 2 bad usage or bad input.
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`duizhao: unknown command \`${name}\` (expected ${Object.keys(commands).join(', ')}; see duizhao --help)\n`);
    return 2;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(firstSentence(error instanceof Error ? error.message : String(error)));
    }
    if (parsed.values.help) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    const [min, max] = command.positionals;
    if (parsed.positionals.length < min) throw new UsageError(`missing argument (usage: ${command.usage.split('\n')[0]!.replace(/^Usage:\s*/, '')})`);
    if (parsed.positionals.length > max) throw new UsageError(`unexpected argument \`${parsed.positionals[max]}\``);
    return await command.run({ values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`duizhao ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function firstSentence(message: string): string {
  const first = message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
