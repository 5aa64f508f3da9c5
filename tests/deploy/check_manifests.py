#!/usr/bin/python3
"""check_manifests.py -- parse deploy/k8s/*.yaml (python3-yaml) and check what
a production rollout of byline relies on: probes on /healthz and /readyz,
resources, non-root, read-only root file system, a Service that reaches the
pods, an HPA aimed at the Deployment, and an Indexed Job that runs the CLI
over /in/shard-$JOB_COMPLETION_INDEX.jsonl. Prints 'N passed, M failed'."""
import glob
import os
import sys

try:
    import yaml
except ImportError:
    print("check_manifests: python3-yaml is missing (apt-get install python3-yaml; make deps)")
    sys.exit(2)

ROOT = sys.argv[1] if len(sys.argv) > 1 else "deploy/k8s"
IMAGE_PORT = 8080
UID = 10001  # the Dockerfile's non-root user


def load():
    docs = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            for d in yaml.safe_load_all(f):
                if d:
                    docs.setdefault(d["kind"], []).append(d)
    return docs


def get(d, *path):
    for p in path:
        if isinstance(d, list):
            d = d[p] if isinstance(p, int) and p < len(d) else None
        elif isinstance(d, dict):
            d = d.get(p)
        else:
            return None
    return d


def one(docs, kind):
    items = docs.get(kind, [])
    assert len(items) == 1, f"expected one {kind}, found {len(items)}"
    return items[0]


def container(pod_spec):
    cs = pod_spec.get("containers") or []
    assert len(cs) == 1, f"expected one container, found {len(cs)}"
    return cs[0]


def port_number(c, port):
    if isinstance(port, int):
        return port
    for p in c.get("ports", []):
        if p.get("name") == port:
            return p["containerPort"]
    raise AssertionError(f"no container port named {port!r}")


def hardened(spec, c):
    """Non-root and read-only root file system, as the pod and the container."""
    psc, csc = spec.get("securityContext") or {}, c.get("securityContext") or {}
    assert psc.get("runAsNonRoot") is True or csc.get("runAsNonRoot") is True, "runAsNonRoot"
    uid = csc.get("runAsUser", psc.get("runAsUser"))
    assert uid == UID, f"runAsUser {uid}, image user is {UID}"
    assert csc.get("readOnlyRootFilesystem") is True, "readOnlyRootFilesystem"
    assert csc.get("allowPrivilegeEscalation") is False, "allowPrivilegeEscalation"
    assert "ALL" in (get(csc, "capabilities", "drop") or []), "capabilities not dropped"


def resources(c):
    for kind in ("requests", "limits"):
        for res in ("cpu", "memory"):
            assert get(c, "resources", kind, res), f"resources.{kind}.{res} missing"


def deployment_probes(docs):
    d = one(docs, "Deployment")
    c = container(d["spec"]["template"]["spec"])
    want = {"livenessProbe": "/healthz", "readinessProbe": "/readyz"}
    for probe, path in want.items():
        got = get(c, probe, "httpGet")
        assert got, f"{probe} is not an httpGet"
        assert got["path"] == path, f"{probe} path {got['path']}, want {path}"
        assert port_number(c, got["port"]) == IMAGE_PORT, f"{probe} port"
    if "startupProbe" in c:
        assert get(c, "startupProbe", "httpGet", "path") in ("/readyz", "/healthz")


def deployment_hardened(docs):
    d = one(docs, "Deployment")
    spec = d["spec"]["template"]["spec"]
    hardened(spec, container(spec))


def deployment_resources(docs):
    resources(container(one(docs, "Deployment")["spec"]["template"]["spec"]))


def deployment_listens(docs):
    d = one(docs, "Deployment")
    c = container(d["spec"]["template"]["spec"])
    env = {e["name"]: e.get("value") for e in c.get("env", [])}
    assert env.get("BYLINE_HOST", "0.0.0.0") == "0.0.0.0", "must listen on all interfaces"
    assert int(env.get("BYLINE_PORT", IMAGE_PORT)) == IMAGE_PORT
    assert port_number(c, "http") == IMAGE_PORT
    # bylined drains for up to 30 s on SIGTERM; the pod must allow that.
    assert d["spec"]["template"]["spec"].get("terminationGracePeriodSeconds", 30) >= 30
    sel = d["spec"]["selector"]["matchLabels"]
    labels = d["spec"]["template"]["metadata"]["labels"]
    assert all(labels.get(k) == v for k, v in sel.items()), "selector does not match the pod labels"
    # A read-only root needs a writable /tmp.
    mounts = [m["mountPath"] for m in c.get("volumeMounts", [])]
    assert "/tmp" in mounts, "no writable /tmp"


def service_reaches_pods(docs):
    s, d = one(docs, "Service"), one(docs, "Deployment")
    labels = d["spec"]["template"]["metadata"]["labels"]
    sel = s["spec"]["selector"]
    assert sel and all(labels.get(k) == v for k, v in sel.items()), "Service selects no API pod"
    c = container(d["spec"]["template"]["spec"])
    ports = s["spec"]["ports"]
    assert any(port_number(c, p.get("targetPort", p["port"])) == IMAGE_PORT for p in ports)


def hpa_targets_deployment(docs):
    h, d = one(docs, "HorizontalPodAutoscaler"), one(docs, "Deployment")
    assert h["apiVersion"] == "autoscaling/v2"
    ref = h["spec"]["scaleTargetRef"]
    assert ref["kind"] == "Deployment" and ref["name"] == d["metadata"]["name"]
    assert 1 <= h["spec"]["minReplicas"] <= h["spec"]["maxReplicas"]
    metrics = h["spec"].get("metrics") or []
    assert any(get(m, "resource", "name") == "cpu" for m in metrics), "no CPU metric"


def job_is_indexed(docs):
    j = one(docs, "Job")
    assert j["apiVersion"] == "batch/v1"
    spec = j["spec"]
    assert spec.get("completionMode") == "Indexed", "not an Indexed Job"
    assert spec["completions"] >= 1 and spec.get("parallelism", 1) >= 1
    assert spec["template"]["spec"]["restartPolicy"] in ("Never", "OnFailure")


def job_runs_cli_over_shards(docs):
    j = one(docs, "Job")
    c = container(j["spec"]["template"]["spec"])
    cmd = " ".join((c.get("command") or []) + (c.get("args") or []))
    assert "byline --jsonl" in cmd, "does not run byline --jsonl"
    assert ("/in/shard-$i.jsonl" in cmd and "i=${JOB_COMPLETION_INDEX}" in cmd) or \
        "/in/shard-$(JOB_COMPLETION_INDEX).jsonl" in cmd, "shard path is not per index"
    mounts = {m["mountPath"]: m for m in c.get("volumeMounts", [])}
    assert mounts.get("/in", {}).get("readOnly") is True, "/in must be mounted read-only"
    assert "/out" in mounts, "no /out volume for results"


def job_hardened(docs):
    j = one(docs, "Job")
    spec = j["spec"]["template"]["spec"]
    c = container(spec)
    hardened(spec, c)
    resources(c)


def same_image(docs):
    images = {container(one(docs, k)["spec"]["template"]["spec"])["image"] for k in ("Deployment", "Job")}
    assert len(images) == 1, f"Deployment and Job use different images: {images}"
    assert not any(i.endswith(":latest") or ":" not in i for i in images), "pin an image tag"


CHECKS = [
    deployment_probes, deployment_hardened, deployment_resources, deployment_listens,
    service_reaches_pods, hpa_targets_deployment, job_is_indexed, job_runs_cli_over_shards,
    job_hardened, same_image,
]


def main():
    docs = load()
    passed = failed = 0
    for check in CHECKS:
        try:
            check(docs)
            passed += 1
            print(f"ok   {check.__name__}")
        except (AssertionError, KeyError, TypeError) as e:
            failed += 1
            print(f"FAIL {check.__name__}: {e!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
