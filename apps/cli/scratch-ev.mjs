// prints the sandbox popbill URL of the scratch gateway? not reachable; use gateway port scan instead
