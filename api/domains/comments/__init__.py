"""Comments (reacties) on opgaven, proposals and tasks, with one level of replies."""
