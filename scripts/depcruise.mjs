// Runs dependency-cruiser with .dependency-cruiser.cjs over src and test, as `depcruise` would.
// Its 18.x command line refuses Node 20 (its engines say ^22); the same cruise through its API
// runs fine here. Replace with `depcruise --config .dependency-cruiser.cjs src test` once the
// project runs on Node 22 or pins dependency-cruiser 17 (engines ^20.12).
import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const result = await cruise(['src', 'test'], { ...options, validate: true });
const report = await format(result.output, { outputType: 'err' });
process.stdout.write(report.output);
process.exitCode = report.exitCode;
