import { logError } from './log-input.js';
import type { CheckpointSchedule, CheckpointTimer } from './log-types.js';

/** What a schedule needs from the log. */
export interface ScheduledLog {
  size(): Promise<number>;
  checkpoint(): Promise<unknown>;
}

/** A running schedule and the hook the log calls after each of its appends. */
export interface RunningSchedule {
  readonly timer: CheckpointTimer;
  appended(count: number): void;
}

function checkSchedule(schedule: CheckpointSchedule): void {
  const { entries, seconds } = schedule ?? {};
  const bad = (name: string, range: string) =>
    logError(
      'log.invalid_schedule',
      { id: `${name} harus bilangan bulat ${range}`, en: `${name} must be an integer ${range}` },
      [name],
    );
  if (entries !== undefined && (!Number.isSafeInteger(entries) || entries < 1 || entries > 10_000_000))
    throw bad('entries', '1–10.000.000');
  if (seconds !== undefined && (!Number.isSafeInteger(seconds) || seconds < 1 || seconds > 86_400))
    throw bad('seconds', '1–86.400');
  if (entries === undefined && seconds === undefined)
    throw logError(
      'log.invalid_schedule',
      { id: 'Berikan entries, seconds, atau keduanya', en: 'Give entries, seconds, or both' },
      ['entries'],
    );
}

/**
 * Signs a checkpoint when `entries` appends happened since the last one, and every `seconds` when
 * the tree has grown. One signing at a time; a request that arrives during one runs once after it.
 */
export function startCheckpointSchedule(log: ScheduledLog, schedule: CheckpointSchedule): RunningSchedule {
  checkSchedule(schedule);
  let sinceLast = 0;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function signIfGrown(): Promise<void> {
    sinceLast = 0;
    try {
      // checkpoint() returns the last one unchanged when the tree has not grown.
      if ((await log.size()) > 0) await log.checkpoint();
    } catch (error) {
      schedule.onError?.(error);
    }
  }

  function trigger(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await signIfGrown();
      } while (again && !stopped);
      running = undefined;
    })();
    return running;
  }

  const interval =
    schedule.seconds === undefined
      ? undefined
      : setInterval(() => {
          if (!stopped) void trigger();
        }, schedule.seconds * 1000);
  // A schedule alone does not keep a process alive.
  if (interval && typeof interval === 'object' && 'unref' in interval) interval.unref();

  return {
    appended(count: number): void {
      if (stopped || schedule.entries === undefined) return;
      sinceLast += count;
      if (sinceLast >= schedule.entries) void trigger();
    },
    timer: {
      flush: () => trigger(),
      async stop(): Promise<void> {
        stopped = true;
        if (interval !== undefined) clearInterval(interval);
        await running;
      },
    },
  };
}
