"""The wrk script that POSTs one advice request as the intake user: python3 bench/wrk-post.py verzoek.json > post.lua"""
import json, sys

body = json.dumps(json.load(open(sys.argv[1])))
print('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Basic aW50YWtlOmludGFrZQ=="')
print('wrk.body = ' + json.dumps(body))
