from __future__ import annotations

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from api.errors import NotFound, ValidationFailed
from api.ids import node_id
from api.permissions import IsAdmin, IsAnalyst
from api.types.domain import Info
from api.types.enums import DocumentKind
from api.types.ingest import DocumentDeletion, IngestJob
from guanxi.jobs import UploadedFile, submit
from ingest.documents import DocumentLimits


@strawberry.type
class IngestMutations:
    @strawberry.mutation(
        description="Upload notes/clippings (.txt .md .html .docx .pdf .eml .jsonl); returns a job",
        permission_classes=[IsAnalyst],
    )
    async def upload_documents(
        self,
        info: Info,
        files: list[Upload],
        kind: DocumentKind | None = None,
        customer: str | None = None,
    ) -> IngestJob:
        settings = info.context.settings
        if not files:
            raise ValidationFailed("no files", field="files")
        if len(files) > settings.upload_max_files:
            raise ValidationFailed(f"at most {settings.upload_max_files} files per upload", field="files")
        uploaded = []
        for f in files:
            data = await f.read(settings.upload_max_file_bytes + 1)  # type: ignore[attr-defined]
            uploaded.append(UploadedFile(getattr(f, "filename", None), data))
        limits = DocumentLimits(max_bytes=settings.upload_max_file_bytes)
        owner = info.context.extras.get("user_id")
        job_id = await submit(
            info.context.services,
            uploaded,
            kind=kind.value if kind else None,
            customer=customer,
            owner=owner,
            limits=limits,
        )
        worker = info.context.extras.get("worker")
        if worker is not None:
            worker.wake()
        row = await info.context.services.jobs.get(job_id)
        assert row is not None
        return IngestJob.from_row(row)

    @strawberry.mutation(
        description="Delete a document and every fact supported only by it", permission_classes=[IsAdmin]
    )
    async def delete_document(self, info: Info, id: relay.GlobalID) -> DocumentDeletion:
        row = await info.context.services.ingest.delete_document(node_id(id, "Document", argument="id"))
        if row is None:
            raise NotFound("no such document", argument="id")
        return DocumentDeletion(
            facts_deleted=row["factsDeleted"],
            stances_deleted=row["stancesDeleted"],
            mentions_deleted=row["mentionsDeleted"],
            candidates_deleted=row["candidatesDeleted"],
        )
