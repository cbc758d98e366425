-- wrk script: count answers that are not 200 (wrk itself counts only 4xx/5xx, so a redirect to the login
-- page would pass unseen) and print one JSON line with the latency percentiles in milliseconds.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_ok")
  end
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "bytes": %d, "not_ok": %d, "errors": %d, "p50": %.2f, "p95": %.2f, "p99": %.2f}\n',
    summary.requests, summary.duration / 1e6, summary.bytes, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
