export { run, describeRun, type RunOptions, type RunResult } from './run.js';
export { packPackage, packPackages, publishableDirs, workspaceClosure, type PackedPackage } from './pack-packages.js';
export { installTarballs, type ScratchProject } from './scratch-project.js';
export { checkPackage, type PackageVerdict, type ToolVerdict } from './check-package.js';
