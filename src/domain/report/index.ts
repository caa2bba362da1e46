export { buildDesignReport, type ReportOptions } from './build-report';
export { geographyLabel, policyResourceId } from './policy-sections';
export {
  buildPostDeployment,
  ENVIRONMENT_ID_PLACEHOLDER,
  type PostDeploymentOptions,
} from './post-deployment';
export { escapeHtml, renderDesignReportHtml, renderReportHtml } from './render-html';
export { escapeMarkdown, renderDesignReportMarkdown, renderReportMarkdown } from './render-markdown';
export type * from './types';
