"""An opgave's meetings: sessions with a time, a place or link, a capacity and a waiting list."""
