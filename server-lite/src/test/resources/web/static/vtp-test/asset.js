window.vtpTestAsset = true;
