/**
 * The analysis runs without V8's top compiler, TurboFan; its code runs on Maglev's, a little slower.
 * Every isolate (each worker thread, and this thread) compiled the engine with TurboFan again on its
 * own, mostly recompiling large functions after deoptimisations: in one thread's run of the
 * 10,000-article corpus, 1,145 TurboFan compilations took 8 s, on the same two cores the analysis
 * runs on. Without it the analysis takes a fifth less CPU and a tenth less wall time at 10,000
 * articles (README, "Why two threads barely beat one"), and the output is the same value for value. V8 takes no flags per
 * thread, so the flag is set for the process while an analysis runs (worker threads read it when
 * they start and while they run) and set back when the last one ends, for the rest of the build.
 */
import { setFlagsFromString } from 'node:v8';

/** Analyses running now in this process. */
let running = 0;

/** True when the process was started with TurboFan off: it is then never turned on. */
function startedWithout(): boolean {
  const args = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return args.some((arg) => arg === '--no-turbofan' || arg === '--jitless');
}

/** Runs `work` with TurboFan off, and turns it back on when no other such run is under way. */
export async function withoutTurbofan<T>(work: () => Promise<T>): Promise<T> {
  if (running++ === 0) setFlagsFromString('--no-turbofan');
  try {
    return await work();
  } finally {
    if (--running === 0 && !startedWithout()) setFlagsFromString('--turbofan');
  }
}
