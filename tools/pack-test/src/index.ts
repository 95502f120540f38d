export { run, describeRun, type RunOptions, type RunResult } from './run.ts';
export { packPackage, packPackages, publishableDirs, workspaceClosure, type PackedPackage } from './pack-packages.ts';
export { installTarballs, type ScratchProject } from './scratch-project.ts';
export { checkPackage, type PackageVerdict, type ToolVerdict } from './check-package.ts';
export { installWithPnpm, type PnpmProject } from './pnpm-project.ts';
export { importedPackages, readmeExample, readmeInstallLine, type InstallLine } from './readme-example.ts';
