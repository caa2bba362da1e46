import { useState } from 'react';
import { renderDesignReportHtml, renderDesignReportMarkdown } from '../../domain/report';
import { countBySeverity } from '../../domain/rules/validate';
import { downloadFile } from '../../platform/download-file';
import { selectDesign, selectFindings } from '../../store/selectors';
import { useStudio } from '../../store/use-studio';
import { primaryButton, secondaryButton } from '../shared/form-styles';
import { fileBaseName } from './file-base-name';
import { ModalDialog } from './modal-dialog';

/**
 * The design review report: Markdown for a wiki or pull request, or one self-contained HTML file that
 * prints well (open it in the browser and print, or save as PDF). Both are downloads, so nothing runs
 * in another origin and the report's own policy (no scripts) applies when it is opened.
 */
export default function ReportDialog({ onClose }: { onClose(): void }) {
  const design = useStudio(selectDesign);
  const counts = countBySeverity(useStudio(selectFindings));
  const [status, setStatus] = useState('');
  const base = `${fileBaseName(design)}-review`;

  const download = (format: 'md' | 'html') => {
    // Built on demand: the report covers the whole design and is not needed until asked for.
    const text = format === 'md' ? renderDesignReportMarkdown(design) : renderDesignReportHtml(design);
    const name = `${base}.${format}`;
    downloadFile(text, name, format === 'md' ? 'text/markdown;charset=utf-8' : 'text/html;charset=utf-8');
    setStatus(
      format === 'md'
        ? `Downloaded ${name}.`
        : `Downloaded ${name}: open it in the browser to read or print it.`,
    );
  };

  return (
    <ModalDialog
      id="report"
      title="Review report"
      description={`A review of “${design.name}” for the people who approve and deploy it.`}
      className="w-[min(36rem,calc(100vw-2rem))]"
      onClose={onClose}
    >
      <div className="flex flex-col gap-3 px-4 py-3 text-sm">
        <p>
          Summary, one section per enterprise policy with its subnets’ demand and headroom, address spaces,
          the IP plan, peerings, every finding ({counts.error} error{counts.error === 1 ? '' : 's'},{' '}
          {counts.warning} warning{counts.warning === 1 ? '' : 's'}) and the post-deployment steps.
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={primaryButton} onClick={() => download('md')}>
            Download Markdown
          </button>
          <button type="button" className={secondaryButton} onClick={() => download('html')}>
            Download printable HTML
          </button>
        </div>
        <p role="status" className="min-h-5 text-xs text-slate-600 dark:text-slate-300">
          {status}
        </p>
      </div>
    </ModalDialog>
  );
}
