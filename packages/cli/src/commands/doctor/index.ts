export { registerDoctor as registerDoctorCommands } from './doctor.ts';
