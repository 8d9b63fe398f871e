/**
 * V8 settings for the analysis. It runs without V8's top compiler, TurboFan; its code runs on
 * Maglev's, a little slower. Every isolate (each worker thread, and this thread) compiled the engine
 * with TurboFan again on its own, mostly recompiling large functions after deoptimisations: in one
 * thread's run of the 10,000-article corpus, 1,145 TurboFan compilations took 8 s, on the same two
 * cores the analysis runs on. Without it the analysis takes a fifth less CPU and a tenth less wall
 * time at 10,000 articles (README, "Why two threads barely beat one"), and the output is the same
 * value for value.
 *
 * When worker threads fill every core, young-generation collections also run on the thread that
 * needs them rather than in parallel on V8's helper threads: a helper can only run on a core another
 * worker is using, so splitting a collection adds the cost of coordinating it and saves no time
 * (README, "Engine throughput"). For the same reason each scavenge frees the typed arrays that died
 * on its own thread: handed to a helper thread, the next scavenge waited for that helper to get a
 * core (about 0.2-0.35 s per worker at 10,000 articles, the sweeping itself 15-25 ms). And each
 * worker compiles its functions with Maglev itself, where a compile job handed to a helper thread
 * leaves the worker in slower code until the helper gets a core (1,000 articles on two threads:
 * 4.3% less CPU, lower in 7 of 8 alternating pairs).
 *
 * V8 takes no flags per thread, so each flag is set for the process while an analysis runs (worker
 * threads read them when they start and while they run) and set back when the last one ends, for the
 * rest of the build.
 */
import { setFlagsFromString } from 'node:v8';

/** A V8 flag the analysis turns off while it runs. */
type Flag = 'turbofan' | 'parallel-scavenge' | 'concurrent-array-buffer-sweeping' | 'concurrent-recompilation';

/** Flags of the command line that turn each flag off for good: it is then never turned on. */
const OFF_FOR_GOOD: Record<Flag, readonly string[]> = {
  turbofan: ['--no-turbofan', '--jitless'],
  'parallel-scavenge': ['--no-parallel-scavenge', '--single-threaded-gc', '--single-threaded'],
  'concurrent-array-buffer-sweeping': ['--no-concurrent-array-buffer-sweeping', '--single-threaded-gc', '--single-threaded'],
  'concurrent-recompilation': ['--no-concurrent-recompilation', '--single-threaded'],
};

/** Analyses running now in this process that asked for each flag off. */
const running: Record<Flag, number> = { turbofan: 0, 'parallel-scavenge': 0, 'concurrent-array-buffer-sweeping': 0, 'concurrent-recompilation': 0 };

/** True when the process was started with `flag` off. */
function startedWithout(flag: Flag): boolean {
  const args = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return args.some((arg) => OFF_FOR_GOOD[flag].includes(arg));
}

/** How the analysis is run, for the flags it wants. */
export interface EngineFlagsOptions {
  /** Threads analyse on every core (workers, and this thread beside them): collect each thread's young generation, sweep its dead typed arrays and compile its code on that thread. */
  threadsFillCores?: boolean;
}

/** The flags an analysis run this way turns off. */
export function flagsOff(options: EngineFlagsOptions): Flag[] {
  return options.threadsFillCores ? ['turbofan', 'parallel-scavenge', 'concurrent-array-buffer-sweeping', 'concurrent-recompilation'] : ['turbofan'];
}

/** Runs `work` with TurboFan off (and the helper threads' share of collecting and compiling, see `EngineFlagsOptions`), turned back on when no other such run needs them off. */
export async function withEngineFlags<T>(work: () => Promise<T>, options: EngineFlagsOptions = {}): Promise<T> {
  const flags = flagsOff(options);
  for (const flag of flags) if (running[flag]++ === 0) setFlagsFromString(`--no-${flag}`);
  try {
    return await work();
  } finally {
    for (const flag of flags) if (--running[flag] === 0 && !startedWithout(flag)) setFlagsFromString(`--${flag}`);
  }
}
