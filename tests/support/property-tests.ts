// Property tests (fast-check) run the same cases on every machine: a fixed seed and a bounded
// number of runs, so a loaded 2-core CI box neither times out nor meets a case nobody can replay.
// For a deep run: FC_RUNS=100000 FC_SEED=$RANDOM npx vitest run <file> (a failure prints its seed).
import fc from 'fast-check';

fc.configureGlobal({
	numRuns: Number(process.env.FC_RUNS ?? 1000),
	seed: Number(process.env.FC_SEED ?? 20261201)
});
