"""Team sync: the NPM's own laptops kept in step through a team folder that a sync engine carries.

npmdesk only reads and writes files in the folder (docs/team-sync.md describes it): each device
writes signed, encrypted changesets (packages: npmdesk/exchange/) into its own subfolder, and
applies the others' in sequence through the exchange's merge. No socket, no server.

    from npmdesk.team import sync
    summary = sync.sync_round(store, identity)     # one round: write ours, apply theirs, publish, prune
    sync.anything_new(store, identity)             # cheap: is there anything for a round to do?

`membership` chooses the folder and the member devices; `status` says where each device is.
"""
