-- post.lua -- wrk script for tools/load.sh: POST the fixture article as JSON
-- to /v1/extract and count answers that are not 200.
local f = assert(io.open(os.getenv("BYLINE_LOAD_ARTICLE") or "tools/load/article.txt", "rb"))
local text = f:read("*a")
f:close()

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', '\\r'):gsub('\t', '\\t')
  return '"' .. s .. '"'
end

wrk.method = "POST"
wrk.path = "/v1/extract"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id":"load","text":' .. json_string(text) .. '}'

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("bad")
  end
  local e = summary.errors
  io.write(string.format("load: requests %d, non-200 %d, socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, total, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("load: latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
