import { createHash } from 'node:crypto';
import { invalid, refuseIfAny, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { runCommand, type Command } from '../../workflow/command';
import type { RequestContext } from '../../context';
import type { Project } from '../projects/project.entity';
import type { DocumentInput } from '../projects/project.types';
import { DocumentContent, ProjectDocument } from './document.entity';
import { Chapter, CHAPTERED_KINDS, DocumentKind } from './document.enums';

/** A document to attach: its fields as the API takes them (`DocumentInput`), and its kind. */
export type KindedDocument = DocumentInput & { kind: DocumentKind };

/**
 * Stores uploaded bytes with their SM3 hash, as a command (audited; refused to read-only
 * principals); attaching them to a project is a separate mutation.
 */
export function storeContent(ctx: RequestContext, data: Buffer, mediaType: string, fileName: string) {
  return runCommand(ctx, { action: 'upload', subjectType: 'DocumentContent' }, async (cmd) => {
    const content = cmd.em.create(DocumentContent, {
      sm3: createHash('sm3').update(data).digest('hex'),
      size: data.length,
      mediaType,
      fileName,
      data,
      uploadedBy: cmd.currentUser(),
    });
    cmd.subjectId = content.id;
    return content;
  });
}

const ALL_CHAPTERS = Object.values(Chapter);

/** What is wrong with a document before it may be attached: PM-9 chapters, PM-9(4) statement. */
export function documentProblems(input: KindedDocument, fieldPrefix = ''): Problem[] {
  const problems: Problem[] = [];
  if (!input.title.trim()) {
    problems.push(invalid('PM-9', `${fieldPrefix}title`, { zh: '文件须有标题', en: 'A document needs a title' }));
  }
  if (CHAPTERED_KINDS.includes(input.kind)) {
    const missing = ALL_CHAPTERS.filter((c) => !(input.chapters ?? []).includes(c));
    if (missing.length) {
      problems.push(
        invalid('PM-9', `${fieldPrefix}chapters`, {
          zh: `该文件须包含集约化建设、信息资源共享分析、安全保障及密码应用章节，缺少：${missing.join('、')}`,
          en: `This document must contain the chapters on intensive construction, resource sharing and security/cryptography; missing: ${missing.join(', ')}`,
        }),
      );
    }
  }
  if (input.kind === DocumentKind.FEASIBILITY_STUDY && !input.securityStatement?.trim()) {
    problems.push(
      invalid('PM-9(4)', `${fieldPrefix}securityStatement`, {
        zh: '可行性研究报告须对软硬件产品的安全可靠情况进行说明',
        en: 'The feasibility study must state the security and reliability of its products',
      }),
    );
  }
  return problems;
}

/** The uploaded content a document names, if someone of the acting agency uploaded it (PM-18). */
export async function ownContent(cmd: Command, contentId: string): Promise<DocumentContent | null> {
  const key = keyOf(contentId, 'DocumentContent');
  const content = key ? await cmd.em.findOne(DocumentContent, key, { populate: ['uploadedBy'] }) : null;
  return content && content.uploadedBy.agency.id === cmd.ctx.principal!.user.agency.id ? content : null;
}

/** What is wrong with the content a document names: it must be the acting agency's upload. */
export async function contentProblems(cmd: Command, contentId: string, fieldPrefix = ''): Promise<Problem[]> {
  return (await ownContent(cmd, contentId)) ? [] : [noContent(fieldPrefix)];
}

const noContent = (fieldPrefix: string): Problem =>
  invalid('PM-18', `${fieldPrefix}contentId`, { zh: '未找到本单位上传的文件内容', en: 'No content uploaded by your agency has this ID' });

/**
 * Attaches uploaded content to a project as a document of `kind`, inside the running command.
 * The content must have been uploaded by someone of the acting agency; the document copies its
 * hash, so later edits of storage cannot pass unnoticed.
 */
export async function attachDocument(cmd: Command, project: Project, input: KindedDocument, fieldPrefix = ''): Promise<ProjectDocument> {
  const content = await ownContent(cmd, input.contentId);
  refuseIfAny([...documentProblems(input, fieldPrefix), ...(content ? [] : [noContent(fieldPrefix)])]);
  return cmd.em.create(ProjectDocument, {
    project,
    kind: input.kind,
    title: input.title.trim(),
    chapters: input.chapters ?? [],
    securityStatement: input.securityStatement?.trim() || undefined,
    conclusion: input.conclusion?.trim() || undefined,
    content: content!,
    sm3: content!.sm3,
    size: content!.size,
    fileName: content!.fileName,
    submittedBy: cmd.currentUser(),
  });
}
