export { registerDoctor as registerDoctorCommands } from './doctor.js';
