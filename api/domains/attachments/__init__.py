"""Files attached to opgaven, ideas, tasks, progress updates and reflections: photos and documents."""
