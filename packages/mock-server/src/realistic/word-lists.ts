/**
 * The words the realistic values are made of: organizations, projects,
 * people, job and workflow names, short sentences. Every entry is plain
 * ASCII without quotes, braces or percent signs, so it reads well in any
 * JSON body and in a log line.
 */

/** A person: a display name, a VCS login and a numeric account id for an avatar URL. */
export interface Person {
  readonly first: string;
  readonly last: string;
  readonly login: string;
  readonly accountId: number;
}

/** Organization (VCS owner) names. */
export const ORGANIZATIONS: readonly string[] = [
  'acme',
  'globex',
  'initech',
  'umbrella-labs',
  'hooli',
  'stark-industries',
  'wayne-tech',
  'pied-piper',
];

/** Project (repository) names. */
export const PROJECTS: readonly string[] = [
  'widgets',
  'api-gateway',
  'web-frontend',
  'billing-service',
  'mobile-app',
  'docs-site',
  'data-pipeline',
  'auth-service',
];

/** People, each with a login made of the first letter of the first name and the last name. */
export const PEOPLE: readonly Person[] = [
  { first: 'Jane', last: 'Doe', login: 'jdoe', accountId: 1024 },
  { first: 'John', last: 'Smith', login: 'jsmith', accountId: 2048 },
  { first: 'Maria', last: 'Garcia', login: 'mgarcia', accountId: 3170 },
  { first: 'Wei', last: 'Chen', login: 'wchen', accountId: 4211 },
  { first: 'Aisha', last: 'Khan', login: 'akhan', accountId: 5532 },
  { first: 'Lucas', last: 'Martin', login: 'lmartin', accountId: 6180 },
  { first: 'Emma', last: 'Wilson', login: 'ewilson', accountId: 7345 },
  { first: 'Kenji', last: 'Tanaka', login: 'ktanaka', accountId: 8812 },
  { first: 'Olivia', last: 'Brown', login: 'obrown', accountId: 9034 },
  { first: 'Noah', last: 'Davis', login: 'ndavis', accountId: 10_277 },
];

/** Branch names; the first is the default branch. */
export const BRANCHES: readonly string[] = ['main', 'develop', 'feature/login-page', 'fix/flaky-upload', 'release/1.4'];

/** Job names. */
export const JOBS: readonly string[] = [
  'build',
  'test',
  'lint',
  'deploy',
  'unit-tests',
  'integration-tests',
  'publish',
];

/** Workflow names. */
export const WORKFLOWS: readonly string[] = ['build-and-test', 'deploy', 'nightly', 'release', 'lint-and-test'];

/** Context names. */
export const CONTEXTS: readonly string[] = [
  'org-global',
  'aws-production',
  'docker-hub',
  'npm-publish',
  'slack-notify',
];

/** Environment variable names. */
export const ENV_VARS: readonly string[] = [
  'AWS_ACCESS_KEY_ID',
  'NPM_TOKEN',
  'DOCKER_PASSWORD',
  'SLACK_WEBHOOK_URL',
  'DATABASE_URL',
  'GITHUB_TOKEN',
];

/** Schedule names. */
export const SCHEDULES: readonly string[] = ['Nightly build', 'Weekly dependency update', 'Hourly smoke test'];

/** Webhook names. */
export const WEBHOOKS: readonly string[] = ['Slack notifications', 'Deploy tracker', 'Build status relay'];

/** Test case names. */
export const TESTS: readonly string[] = [
  'renders the login form',
  'returns 404 for an unknown id',
  'retries a failed upload',
  'parses the config file',
  'sorts results by date',
];

/** Test class names. */
export const TEST_CLASSES: readonly string[] = [
  'LoginFormTest',
  'ApiRoutesTest',
  'UploadServiceTest',
  'ConfigParserTest',
  'ResultsTableTest',
];

/** Test file paths. */
export const TEST_FILES: readonly string[] = [
  'src/login/login-form.test.ts',
  'src/api/routes.test.ts',
  'tests/test_upload.py',
  'src/config/parser.test.ts',
  'spec/models/result_spec.rb',
];

/** Tools that write test results. */
export const TEST_RUNNERS: readonly string[] = ['jest', 'pytest', 'junit', 'rspec'];

/** Organization group names. */
export const GROUPS: readonly string[] = ['engineering', 'platform-team', 'release-managers', 'qa'];

/** Deploy environment names. */
export const ENVIRONMENTS: readonly string[] = ['production', 'staging', 'development', 'qa'];

/** Deploy component names. */
export const COMPONENTS: readonly string[] = ['api', 'web-frontend', 'worker', 'payments'];

/** Config policy and rule names. */
export const POLICIES: readonly string[] = [
  'require_security_scan',
  'restrict_contexts',
  'approved_orbs_only',
  'protected_branches',
];

/** Pipeline definition names. */
export const PIPELINE_DEFINITIONS: readonly string[] = ['Main pipeline', 'Deploy pipeline', 'Nightly pipeline'];

/** Release tags and versions. */
export const VERSIONS: readonly string[] = ['v1.2.3', 'v1.3.0', 'v2.0.1', 'v2.1.0'];

/** Messages an API answers an action with (neutral: the same list serves cancel, delete and update). */
export const MESSAGES: readonly string[] = ['Accepted.', 'Done.', 'Request completed.', 'Request accepted.'];

/** Short descriptions. */
export const DESCRIPTIONS: readonly string[] = [
  'Runs the test suite every night.',
  'Deploys the main branch to staging.',
  'Owns the shared build infrastructure.',
  'Publishes packages after a release.',
  'Checks pull requests before merge.',
];

/** Why something failed or was held back. */
export const REASONS: readonly string[] = [
  'The job needs an approval before it runs.',
  'The config uses an orb that is not allowed.',
  'The deploy was canceled by a newer commit.',
  'The resource class is not available on this plan.',
];

/** Test failure messages. */
export const FAILURES: readonly string[] = [
  'Expected 200 but received 404.',
  'Timed out after 5000 ms.',
  'Expected value to equal 3 but got 2.',
  'Connection refused on port 5432.',
];

/** Commit subjects. */
export const COMMIT_SUBJECTS: readonly string[] = [
  'Fix flaky login test',
  'Add retry to uploads',
  'Bump lodash to 4.17.21',
  'Update the README',
  'Refactor the pipeline config',
];

/** Commit bodies. */
export const COMMIT_BODIES: readonly string[] = [
  'Retries the upload once before failing.',
  'Moves the shared steps into a command.',
  'Keeps the old endpoint until the next release.',
];

/** Label keys and values, as pairs at the same index. */
export const LABEL_KEYS: readonly string[] = ['team', 'tier', 'region'];
/** See {@link LABEL_KEYS}. */
export const LABEL_VALUES: readonly string[] = ['platform', 'backend', 'us-east-1'];

/** Artifact paths. */
export const ARTIFACT_PATHS: readonly string[] = [
  'test-results/junit.xml',
  'coverage/index.html',
  'dist/app.tar.gz',
  'logs/build.log',
];

/** CircleCI resource classes. */
export const RESOURCE_CLASSES: readonly string[] = ['medium', 'large', 'small', 'xlarge'];

/** OIDC token audiences. */
export const AUDIENCES: readonly string[] = ['sts.amazonaws.com', 'api.acme.example', 'vault.internal.example'];

/** Keys of pipeline parameters, with values named so that their type is clear. */
export const PARAMETER_KEYS: readonly string[] = ['deploy_prod', 'branch', 'run_integration_tests', 'node_version'];

/** Keys of pipeline values. */
export const PIPELINE_VALUE_KEYS: readonly string[] = [
  'pipeline.id',
  'pipeline.number',
  'pipeline.git.branch',
  'pipeline.git.revision',
  'pipeline.project.git_url',
  'pipeline.trigger_source',
];

/** Node.js versions, as parameters give them. */
export const NODE_VERSIONS: readonly string[] = ['20.11', '18.19', '22.2'];

/** What starts a pipeline. */
export const TRIGGER_SOURCES: readonly string[] = ['webhook', 'api', 'scheduled_pipeline'];

/** Config text, kept on one line. */
export const CONFIGS: readonly string[] = ['version: 2.1'];

/** Generic, neutral words for a string the vocabulary has no entry for. */
export const GENERIC: readonly string[] = ['default', 'primary', 'standard', 'general'];
