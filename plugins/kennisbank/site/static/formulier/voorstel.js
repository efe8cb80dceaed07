// Proposing the record on GitHub, without a server or a token: GitHub's page for a new file
// takes the file's name and content from the address (?filename=...&value=...) and offers a
// fork and a pull request to anyone without write access. GitHub answers 414 to an address
// longer than 8,191 bytes (github/docs#4537), so a longer one is not offered: the YAML is
// copied instead and the page opens without it. GitHub's edit page takes no content from the
// address, so an edit is always copy, open, replace.

export const MAX_URL = 8000; // bytes; below GitHub's 8,191 with room to spare

/** Where the record file goes, from the repository root. */
export function filePath(records, folder, id) {
  return [records === "." ? "" : records, folder, `${id}.yaml`].filter(Boolean).join("/");
}

/** The proposal for a new record: the prefilled address, or the bare one when that is too long. */
export function newFileProposal(newBase, path, yaml) {
  const filled = `${newBase}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(yaml)}`;
  if (new TextEncoder().encode(filled).length <= MAX_URL) return { url: filled, prefilled: true };
  return { url: `${newBase}?filename=${encodeURIComponent(path)}`, prefilled: false };
}

/** The proposal for a change: the file's edit page, to paste the copied YAML into. */
export function editProposal(editBase, path) {
  return { url: `${editBase}/${path.split("/").map(encodeURIComponent).join("/")}`, prefilled: false };
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function download(text, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
