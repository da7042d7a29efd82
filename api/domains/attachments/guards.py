"""Who may read, add and remove files: whoever may read the thing reads its files; adding is for
who may work on the thing; removing for who added the file, and staff."""

from api.domains.attachments.models import SubjectType
from api.domains.attachments.subjects import AttachmentFacts, SubjectFacts
from api.domains.opgaven.guards import reads_opgave, team_member
from api.domains.reflections.guards import invited_resident, published_reflection
from api.lib.access import (
    Check,
    Rule,
    scope,
    signed_in,
    staff,
    the_person,
    verified,
)

_PLAIN = frozenset({SubjectType.OPGAVE, SubjectType.PROPOSAL, SubjectType.TASK, SubjectType.PROGRESS_UPDATE})


def _of_type(*types: SubjectType) -> Rule:
    names = ", ".join(sorted(t.value for t in types))
    return Check(lambda p, t: t.fact(SubjectFacts).subject_type in types, f"bij een {names}", anyone=True)


not_a_reflection: Rule = _of_type(*_PLAIN)
a_reflection: Rule = _of_type(SubjectType.REFLECTION)
of_opgave_or_task: Rule = _of_type(SubjectType.OPGAVE, SubjectType.TASK)
of_proposal: Rule = _of_type(SubjectType.PROPOSAL)
of_progress_update: Rule = _of_type(SubjectType.PROGRESS_UPDATE)

# The one rule for hidden ideas, as the database answered it for this viewer (proposal_shown).
subject_shown: Rule = Check(
    lambda p, t: t.fact(SubjectFacts).shown, "als het onderdeel zichtbaar is voor wie kijkt", anyone=True
)


author: Rule = the_person(lambda t: t.fact(SubjectFacts).author_id, "de auteur van het onderdeel")
uploader: Rule = the_person(lambda t: t.fact(AttachmentFacts).uploaded_by_id, "wie het bestand toevoegde")

_insiders = (signed_in & team_member) | staff | scope("opgaven:read")
read_files: Rule = (not_a_reflection & subject_shown & reads_opgave) | (
    a_reflection & (published_reflection | _insiders | (signed_in & invited_resident))
)
add_files: Rule = verified & (
    (of_opgave_or_task & staff)
    | (of_proposal & subject_shown & (author | staff))
    | (of_progress_update & (author | staff))
    | (a_reflection & (team_member | staff | invited_resident))
)
remove_files: Rule = verified & (uploader | staff)
