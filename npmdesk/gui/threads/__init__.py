"""Threads of correspondence: the messages of a thread in order, and Reply / Follow up."""
