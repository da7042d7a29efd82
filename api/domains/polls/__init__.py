"""Quick polls: staff put a short questionnaire (single or multiple choice, a scale, open text) to
an opgave or one of its meetings; residents answer once, named (changeable until the close) or
anonymously (final, and never linked to who gave it); results are counts per question, and open
answers are moderated as comments are."""
